//! `FormElementValidationsSetValidationType`, from `beta/schemas/forms/FormElementValidationsSet.yaml`.
crate::string_enum! {
    #[doc =
    " The type of data validation that you wish to enforce, e.g., a required field, a minimum length, etc."]
    pub enum FormElementValidationsSetValidationType { #[doc = " `REQUIRED`"] Required =
    "REQUIRED", #[doc = " `MIN_LENGTH`"] MinLength = "MIN_LENGTH", #[doc =
    " `MAX_LENGTH`"] MaxLength = "MAX_LENGTH", #[doc = " `REGEX`"] Regex = "REGEX", #[doc
    = " `DATE`"] Date = "DATE", #[doc = " `MAX_DATE`"] MaxDate = "MAX_DATE", #[doc =
    " `MIN_DATE`"] MinDate = "MIN_DATE", #[doc = " `LESS_THAN_DATE`"] LessThanDate =
    "LESS_THAN_DATE", #[doc = " `PHONE`"] Phone = "PHONE", #[doc = " `EMAIL`"] Email =
    "EMAIL", #[doc = " `DATA_SOURCE`"] DataSource = "DATA_SOURCE", #[doc = " `TEXTAREA`"]
    Textarea = "TEXTAREA", }
}
