//! `Predefinedselectoption`, from `apis/custom-forms/schemas/predefinedselectoption.yaml`.

/// PreDefinedSelectOption pre-defined select options
pub type Predefinedselectoption = String;
