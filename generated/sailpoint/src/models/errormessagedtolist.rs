//! `Errormessagedtolist`, from `apis/shared/schemas/errormessagedtolist.yaml`.

use crate::models::Errormessagedto;

/// List of error messages
pub type Errormessagedtolist = Vec<Errormessagedto>;
