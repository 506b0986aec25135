/**
 * The 97 chapters of the Harmonized System (HS 2022), Chinese and English titles, shortened.
 * Chapter 77 is reserved for future use: it is listed so the table is complete, but no HS
 * code may start with 77. Statistics break down by chapter (domain.md §9).
 */
export interface HsChapter {
  readonly chapter: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly reserved?: true;
}

const T: ReadonlyArray<[string, string]> = [
  ['活动物', 'Live animals'],
  ['肉及食用杂碎', 'Meat and edible meat offal'],
  ['鱼、甲壳动物、软体动物及其他水生无脊椎动物', 'Fish, crustaceans, molluscs and other aquatic invertebrates'],
  ['乳品；蛋品；天然蜂蜜；其他食用动物产品', "Dairy produce; birds' eggs; natural honey; edible animal products n.e.s."],
  ['其他动物产品', 'Products of animal origin n.e.s.'],
  ['活树及其他活植物；鳞茎、根；插花及装饰用簇叶', 'Live trees and plants; bulbs, roots; cut flowers and foliage'],
  ['食用蔬菜、根及块茎', 'Edible vegetables and certain roots and tubers'],
  ['食用水果及坚果；甜瓜或柑橘属水果的果皮', 'Edible fruit and nuts; peel of citrus fruit or melons'],
  ['咖啡、茶、马黛茶及调味香料', 'Coffee, tea, maté and spices'],
  ['谷物', 'Cereals'],
  ['制粉工业产品；麦芽；淀粉；菊粉；面筋', 'Products of the milling industry; malt; starches; inulin; wheat gluten'],
  ['含油子仁及果实；杂项子仁及果实；工业用或药用植物；稻草、秸秆及饲料', 'Oil seeds and oleaginous fruits; industrial or medicinal plants; straw and fodder'],
  ['虫胶；树胶、树脂及其他植物液、汁', 'Lac; gums, resins and other vegetable saps and extracts'],
  ['编结用植物材料；其他植物产品', 'Vegetable plaiting materials; vegetable products n.e.s.'],
  ['动、植物或微生物油、脂及其分解产品；精制的食用油脂；动、植物蜡', 'Animal, vegetable or microbial fats and oils; prepared edible fats; waxes'],
  ['肉、鱼、甲壳动物、软体动物及其他水生无脊椎动物或昆虫的制品', 'Preparations of meat, fish, crustaceans, molluscs, aquatic invertebrates or insects'],
  ['糖及糖食', 'Sugars and sugar confectionery'],
  ['可可及可可制品', 'Cocoa and cocoa preparations'],
  ['谷物、粮食粉、淀粉或乳的制品；糕饼点心', "Preparations of cereals, flour, starch or milk; pastrycooks' products"],
  ['蔬菜、水果、坚果或植物其他部分的制品', 'Preparations of vegetables, fruit, nuts or other parts of plants'],
  ['杂项食品', 'Miscellaneous edible preparations'],
  ['饮料、酒及醋', 'Beverages, spirits and vinegar'],
  ['食品工业的残渣及废料；配制的动物饲料', 'Residues and waste from the food industries; prepared animal fodder'],
  ['烟草、烟草及烟草代用品的制品；非经燃烧吸用的产品', 'Tobacco and manufactured tobacco substitutes; products for inhalation without combustion'],
  ['盐；硫磺；泥土及石料；石膏料、石灰及水泥', 'Salt; sulphur; earths and stone; plastering materials, lime and cement'],
  ['矿砂、矿渣及矿灰', 'Ores, slag and ash'],
  ['矿物燃料、矿物油及其蒸馏产品；沥青物质；矿物蜡', 'Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes'],
  ['无机化学品；贵金属、稀土金属、放射性元素及其同位素的化合物', 'Inorganic chemicals; compounds of precious metals, rare-earth metals and radioactive elements'],
  ['有机化学品', 'Organic chemicals'],
  ['药品', 'Pharmaceutical products'],
  ['肥料', 'Fertilisers'],
  ['鞣料浸膏及染料浸膏；染料、颜料；油漆及清漆；油灰；墨水、油墨', 'Tanning or dyeing extracts; dyes, pigments; paints and varnishes; putty; inks'],
  ['精油及香膏；芳香料制品及化妆盥洗品', 'Essential oils and resinoids; perfumery, cosmetic or toilet preparations'],
  ['肥皂、有机表面活性剂、洗涤剂、润滑剂、人造蜡、光洁剂、蜡烛、塑型用膏、牙科用蜡及牙科用熟石膏制剂', 'Soap, washing and lubricating preparations, waxes, polishes, candles, modelling pastes, dental waxes'],
  ['蛋白类物质；改性淀粉；胶；酶', 'Albuminoidal substances; modified starches; glues; enzymes'],
  ['炸药；烟火制品；火柴；引火合金；易燃材料制品', 'Explosives; pyrotechnic products; matches; pyrophoric alloys; combustible preparations'],
  ['照相及电影用品', 'Photographic or cinematographic goods'],
  ['杂项化学产品', 'Miscellaneous chemical products'],
  ['塑料及其制品', 'Plastics and articles thereof'],
  ['橡胶及其制品', 'Rubber and articles thereof'],
  ['生皮（毛皮除外）及皮革', 'Raw hides and skins (other than furskins) and leather'],
  ['皮革制品；鞍具及挽具；旅行用品、手提包及类似容器；动物肠线制品', 'Articles of leather; saddlery and harness; travel goods, handbags; articles of animal gut'],
  ['毛皮、人造毛皮及其制品', 'Furskins and artificial fur; manufactures thereof'],
  ['木及木制品；木炭', 'Wood and articles of wood; wood charcoal'],
  ['软木及软木制品', 'Cork and articles of cork'],
  ['稻草、秸秆、针茅或其他编结材料制品；篮筐及柳条编结品', 'Manufactures of straw or other plaiting materials; basketware and wickerwork'],
  ['木浆及其他纤维状纤维素浆；回收（废碎）纸或纸板', 'Pulp of wood or other fibrous cellulosic material; recovered paper or paperboard'],
  ['纸及纸板；纸浆、纸或纸板制品', 'Paper and paperboard; articles of paper pulp, paper or paperboard'],
  ['书籍、报纸、印刷图画及其他印刷品；手稿、打字稿及设计图纸', 'Printed books, newspapers, pictures and other printed products; manuscripts and plans'],
  ['蚕丝', 'Silk'],
  ['羊毛、动物细毛或粗毛；马毛纱线及其机织物', 'Wool, fine or coarse animal hair; horsehair yarn and woven fabric'],
  ['棉花', 'Cotton'],
  ['其他植物纺织纤维；纸纱线及其机织物', 'Other vegetable textile fibres; paper yarn and woven fabrics of paper yarn'],
  ['化学纤维长丝；化学纤维纺织材料制扁条及类似品', 'Man-made filaments; strip and the like of man-made textile materials'],
  ['化学纤维短纤', 'Man-made staple fibres'],
  ['絮胎、毡呢及无纺织物；特种纱线；线、绳、索、缆及其制品', 'Wadding, felt and nonwovens; special yarns; twine, cordage, ropes and cables'],
  ['地毯及纺织材料的其他铺地制品', 'Carpets and other textile floor coverings'],
  ['特种机织物；簇绒织物；花边；装饰毯；装饰带；刺绣品', 'Special woven fabrics; tufted fabrics; lace; tapestries; trimmings; embroidery'],
  ['浸渍、涂布、包覆或层压的纺织物；工业用纺织制品', 'Impregnated, coated, covered or laminated textile fabrics; industrial textile articles'],
  ['针织物及钩编织物', 'Knitted or crocheted fabrics'],
  ['针织或钩编的服装及衣着附件', 'Apparel and clothing accessories, knitted or crocheted'],
  ['非针织或非钩编的服装及衣着附件', 'Apparel and clothing accessories, not knitted or crocheted'],
  ['其他纺织制成品；成套物品；旧衣着及旧纺织品；碎织物', 'Other made up textile articles; sets; worn clothing and worn textile articles; rags'],
  ['鞋靴、护腿和类似品及其零件', 'Footwear, gaiters and the like; parts thereof'],
  ['帽类及其零件', 'Headgear and parts thereof'],
  ['雨伞、阳伞、手杖、鞭子、马鞭及其零件', 'Umbrellas, sun umbrellas, walking-sticks, whips, riding-crops and parts thereof'],
  ['已加工羽毛、羽绒及其制品；人造花；人发制品', 'Prepared feathers and down; artificial flowers; articles of human hair'],
  ['石料、石膏、水泥、石棉、云母及类似材料的制品', 'Articles of stone, plaster, cement, asbestos, mica or similar materials'],
  ['陶瓷产品', 'Ceramic products'],
  ['玻璃及其制品', 'Glass and glassware'],
  ['天然或养殖珍珠、宝石或半宝石、贵金属及其制品；仿首饰；硬币', 'Pearls, precious or semi-precious stones, precious metals and articles thereof; imitation jewellery; coin'],
  ['钢铁', 'Iron and steel'],
  ['钢铁制品', 'Articles of iron or steel'],
  ['铜及其制品', 'Copper and articles thereof'],
  ['镍及其制品', 'Nickel and articles thereof'],
  ['铝及其制品', 'Aluminium and articles thereof'],
  ['（保留为税目以后所用）', '(Reserved for possible future use)'],
  ['铅及其制品', 'Lead and articles thereof'],
  ['锌及其制品', 'Zinc and articles thereof'],
  ['锡及其制品', 'Tin and articles thereof'],
  ['其他贱金属、金属陶瓷及其制品', 'Other base metals; cermets; articles thereof'],
  ['贱金属工具、器具、利口器、餐匙、餐叉及其零件', 'Tools, implements, cutlery, spoons and forks, of base metal; parts thereof'],
  ['贱金属杂项制品', 'Miscellaneous articles of base metal'],
  ['核反应堆、锅炉、机器、机械器具及其零件', 'Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof'],
  ['电机、电气设备及其零件；录音机及放声机、电视图像、声音的录制和重放设备及其零件、附件', 'Electrical machinery and equipment; sound and television recorders and reproducers; parts'],
  ['铁道及电车道机车、车辆及其零件；轨道固定装置；交通信号设备', 'Railway or tramway locomotives, rolling-stock, track fixtures; traffic signalling equipment'],
  ['车辆及其零件、附件，但铁道及电车道车辆除外', 'Vehicles other than railway or tramway rolling-stock, and parts thereof'],
  ['航空器、航天器及其零件', 'Aircraft, spacecraft, and parts thereof'],
  ['船舶及浮动结构体', 'Ships, boats and floating structures'],
  ['光学、照相、电影、计量、检验、医疗或外科用仪器及设备、精密仪器及设备；上述物品的零件、附件', 'Optical, photographic, measuring, checking, precision, medical or surgical instruments; parts'],
  ['钟表及其零件', 'Clocks and watches and parts thereof'],
  ['乐器及其零件、附件', 'Musical instruments; parts and accessories thereof'],
  ['武器、弹药及其零件、附件', 'Arms and ammunition; parts and accessories thereof'],
  ['家具；寝具等填充制品；未列名灯具及照明装置；发光标志；活动房屋', 'Furniture; bedding and stuffed furnishings; luminaires n.e.s.; illuminated signs; prefabricated buildings'],
  ['玩具、游戏品、运动用品及其零件、附件', 'Toys, games and sports requisites; parts and accessories thereof'],
  ['杂项制品', 'Miscellaneous manufactured articles'],
  ['艺术品、收藏品及古物', "Works of art, collectors' pieces and antiques"],
];

export const RESERVED_HS_CHAPTER = '77';

export const HS_CHAPTERS: readonly HsChapter[] = Object.freeze(
  T.map(([nameZh, nameEn], index) => {
    const chapter = String(index + 1).padStart(2, '0');
    return chapter === RESERVED_HS_CHAPTER
      ? { chapter, nameZh, nameEn, reserved: true as const }
      : { chapter, nameZh, nameEn };
  }),
);
