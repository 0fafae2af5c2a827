import type { FeatureRoute } from '../../platform/routes';
import { paths } from '../../platform/routes';

export const routes: FeatureRoute[] = [
  {
    path: paths.appointments,
    load: async () => ({ default: (await import('./book-appointment-page')).BookAppointmentPage }),
    namespaces: ['booking', 'forms', 'date-of-birth'],
  },
  {
    path: paths.manageAppointment,
    load: async () => ({ default: (await import('./manage-appointment-page')).ManageAppointmentPage }),
    namespaces: ['booking', 'forms', 'date-of-birth'],
  },
];
