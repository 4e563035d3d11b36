// The columns that say who a user is and whether they may act, read alike by sign-in
// (lib/auth/authenticate.ts) and by the user actions (lib/users/mutations.ts). Never the password hash.
export const userIdentitySelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  departmentId: true,
  partnerId: true,
  active: true,
  mustChangePassword: true,
  sessionVersion: true,
} as const;
