//! `AccountAttributesChangedIdentityType`, from `beta/schemas/trigger/example-input/AccountAttributesChanged.yaml`.
crate::string_enum! {
    #[doc = " DTO type of the identity whose account attributes were updated."] pub enum
    AccountAttributesChangedIdentityType { #[doc = " `IDENTITY`"] Identity = "IDENTITY",
    }
}
