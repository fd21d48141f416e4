// Starts GOV.UK Frontend's components (service navigation menu on small screens, etc.).
import { initAll } from "./govuk-frontend.min.js";
initAll();
