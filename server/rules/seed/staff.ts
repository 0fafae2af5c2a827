/*
 * Fictional staff for the demo and the tests (README, "The practice area"). Fixed
 * passwords and TOTP secrets, so a tester can sign in and the tests can make codes;
 * the addresses are on .example domains, which never deliver mail. Never for a real
 * deployment: FRONT_DOOR_SEED=demo only.
 */

export interface DemoStaff {
  ods: string;
  name: string;
  email: string;
  role: 'staff' | 'admin';
  password: string;
  /** Base32, as an authenticator app takes it. */
  totpSecret: string;
}

export const DEMO_STAFF = {
  riversideAdmin: {
    ods: 'Y99001',
    name: 'Priya Shah',
    email: 'priya.shah@riverside.example',
    role: 'admin',
    password: 'riverside-admin-demo',
    totpSecret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
  },
  riversideStaff: {
    ods: 'Y99001',
    name: 'Sam Taylor',
    email: 'sam.taylor@riverside.example',
    role: 'staff',
    password: 'riverside-staff-demo',
    totpSecret: 'MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK',
  },
  hillviewStaff: {
    ods: 'Y99002',
    name: 'Jo Evans',
    email: 'jo.evans@hillview.example',
    role: 'staff',
    password: 'hillview-staff-demo',
    totpSecret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  },
  hillviewAdmin: {
    ods: 'Y99002',
    name: 'Ravi Patel',
    email: 'ravi.patel@hillview.example',
    role: 'admin',
    password: 'hillview-admin-demo',
    totpSecret: 'ONSWG4TFORZWK3DFONSWG4TFORZWK3DF',
  },
} as const satisfies Record<string, DemoStaff>;

export const demoStaff = (): DemoStaff[] => Object.values(DEMO_STAFF);
