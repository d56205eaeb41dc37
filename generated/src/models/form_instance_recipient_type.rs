//! `FormInstanceRecipientType`, from `beta/schemas/forms/FormInstanceRecipient.yaml`.
crate::string_enum! {
    #[doc = " Type is a FormInstanceRecipientType value"] #[doc =
    " IDENTITY FormInstanceRecipientIdentity"] pub enum FormInstanceRecipientType { #[doc
    = " `IDENTITY`"] Identity = "IDENTITY", }
}
