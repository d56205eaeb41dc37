//! `IdentityAttributesChangedIdentityType`, from `beta/schemas/trigger/example-input/IdentityAttributesChanged.yaml`.
crate::string_enum! {
    #[doc = " DTO type of identity whose attributes changed."] pub enum
    IdentityAttributesChangedIdentityType { #[doc = " `IDENTITY`"] Identity = "IDENTITY",
    }
}
