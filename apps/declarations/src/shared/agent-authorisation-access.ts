import { assertActsFor, Caller, isAdmin } from '@lhasa/auth';
import { invalidInput } from '@lhasa/domain';

/**
 * The e-commerce company whose agent authorisations the caller works on: an enterprise key its
 * own code (an ebcCode given must be it, else 403 AUTH.NOT_YOUR_ENTERPRISE); an admin the
 * ebcCode it names (400 VALIDATION.REQUIRED without one).
 */
export function authorisingCompany(caller: Caller, ebcCode: string | undefined): string {
  if (isAdmin(caller)) {
    if (!ebcCode) throw invalidInput('VALIDATION.REQUIRED', 'ebcCode is required: an admin names the e-commerce company it acts for', 'ebcCode');
    return ebcCode;
  }
  assertActsFor(caller, ebcCode ?? caller.enterpriseCode, 'ebcCode');
  return caller.enterpriseCode as string;
}
