//! `AccountAttributesChangedSourceType`, from `beta/schemas/trigger/example-input/AccountAttributesChanged.yaml`.
crate::string_enum! {
    #[doc = " The type of object that is referenced"] pub enum
    AccountAttributesChangedSourceType { #[doc = " `SOURCE`"] Source = "SOURCE", }
}
