//! `NameList`, from `openapi.yaml#/components/schemas/NameList`.

use crate::models::Name;

/// A named schema that is an array.
pub type NameList = Vec<Name>;
