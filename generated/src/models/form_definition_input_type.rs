//! `FormDefinitionInputType`, from `beta/schemas/forms/FormDefinitionInput.yaml`.
crate::string_enum! {
    #[doc = " FormDefinitionInputType value."] #[doc =
    " STRING FormDefinitionInputTypeString"] pub enum FormDefinitionInputType { #[doc =
    " `STRING`"] String = "STRING", #[doc = " `ARRAY`"] Array = "ARRAY", }
}
