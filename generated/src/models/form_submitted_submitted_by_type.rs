//! `FormSubmittedSubmittedByType`, from `beta/schemas/trigger/example-input/FormSubmitted.yaml`.
crate::string_enum! {
    #[doc = " DTO type of the identity who submitted the form."] pub enum
    FormSubmittedSubmittedByType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
