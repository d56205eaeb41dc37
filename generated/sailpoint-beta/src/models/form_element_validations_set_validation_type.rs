//! `FormElementValidationsSetValidationType`, from `beta/schemas/forms/FormElementValidationsSet.yaml#/properties/validationType`.

/// The type of data validation that you wish to enforce, e.g., a required field, a minimum length, etc.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormElementValidationsSetValidationType {
    /// `REQUIRED`
    Required,
    /// `MIN_LENGTH`
    MinLength,
    /// `MAX_LENGTH`
    MaxLength,
    /// `REGEX`
    Regex,
    /// `DATE`
    Date,
    /// `MAX_DATE`
    MaxDate,
    /// `MIN_DATE`
    MinDate,
    /// `LESS_THAN_DATE`
    LessThanDate,
    /// `PHONE`
    Phone,
    /// `EMAIL`
    Email,
    /// `DATA_SOURCE`
    DataSource,
    /// `TEXTAREA`
    Textarea,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormElementValidationsSetValidationType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormElementValidationsSetValidationType::Required => "REQUIRED",
            FormElementValidationsSetValidationType::MinLength => "MIN_LENGTH",
            FormElementValidationsSetValidationType::MaxLength => "MAX_LENGTH",
            FormElementValidationsSetValidationType::Regex => "REGEX",
            FormElementValidationsSetValidationType::Date => "DATE",
            FormElementValidationsSetValidationType::MaxDate => "MAX_DATE",
            FormElementValidationsSetValidationType::MinDate => "MIN_DATE",
            FormElementValidationsSetValidationType::LessThanDate => "LESS_THAN_DATE",
            FormElementValidationsSetValidationType::Phone => "PHONE",
            FormElementValidationsSetValidationType::Email => "EMAIL",
            FormElementValidationsSetValidationType::DataSource => "DATA_SOURCE",
            FormElementValidationsSetValidationType::Textarea => "TEXTAREA",
            FormElementValidationsSetValidationType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormElementValidationsSetValidationType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "REQUIRED" => FormElementValidationsSetValidationType::Required,
            "MIN_LENGTH" => FormElementValidationsSetValidationType::MinLength,
            "MAX_LENGTH" => FormElementValidationsSetValidationType::MaxLength,
            "REGEX" => FormElementValidationsSetValidationType::Regex,
            "DATE" => FormElementValidationsSetValidationType::Date,
            "MAX_DATE" => FormElementValidationsSetValidationType::MaxDate,
            "MIN_DATE" => FormElementValidationsSetValidationType::MinDate,
            "LESS_THAN_DATE" => FormElementValidationsSetValidationType::LessThanDate,
            "PHONE" => FormElementValidationsSetValidationType::Phone,
            "EMAIL" => FormElementValidationsSetValidationType::Email,
            "DATA_SOURCE" => FormElementValidationsSetValidationType::DataSource,
            "TEXTAREA" => FormElementValidationsSetValidationType::Textarea,
            other => FormElementValidationsSetValidationType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormElementValidationsSetValidationType);
