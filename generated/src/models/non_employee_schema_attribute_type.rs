//! `NonEmployeeSchemaAttributeType`, from `beta/schemas/NonEmployeeSchemaAttributeType.yaml`.
crate::string_enum! {
    #[doc = " Enum representing the type of data a schema attribute accepts."] pub enum
    NonEmployeeSchemaAttributeType { #[doc = " `TEXT`"] Text = "TEXT", #[doc = " `DATE`"]
    Date = "DATE", #[doc = " `IDENTITY`"] Identity = "IDENTITY", #[doc = " `PHONE`"]
    Phone = "PHONE", #[doc = " `EMAIL`"] Email = "EMAIL", }
}
