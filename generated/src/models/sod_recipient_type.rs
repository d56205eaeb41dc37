//! `SodRecipientType`, from `v3/schemas/SodRecipient.yaml`.
crate::string_enum! {
    #[doc = " SOD policy recipient DTO type."] pub enum SodRecipientType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
