// Excel defines the CustomFunctions global; under Jest we define the same shape (an Error class with a code, the
// ErrorCode strings) so the functions files can be called directly.
import { installCustomFunctionsShim } from "../../src/cli/registry";

installCustomFunctionsShim(() => undefined);
