//! `FormelementvalidationssetValidationType`, from `apis/custom-forms/schemas/formelementvalidationsset.yaml#/properties/validationType`.

/// The type of data validation that you wish to enforce, e.g., a required field, a minimum length, etc.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormelementvalidationssetValidationType {
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

impl FormelementvalidationssetValidationType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormelementvalidationssetValidationType::Required => "REQUIRED",
            FormelementvalidationssetValidationType::MinLength => "MIN_LENGTH",
            FormelementvalidationssetValidationType::MaxLength => "MAX_LENGTH",
            FormelementvalidationssetValidationType::Regex => "REGEX",
            FormelementvalidationssetValidationType::Date => "DATE",
            FormelementvalidationssetValidationType::MaxDate => "MAX_DATE",
            FormelementvalidationssetValidationType::MinDate => "MIN_DATE",
            FormelementvalidationssetValidationType::LessThanDate => "LESS_THAN_DATE",
            FormelementvalidationssetValidationType::Phone => "PHONE",
            FormelementvalidationssetValidationType::Email => "EMAIL",
            FormelementvalidationssetValidationType::DataSource => "DATA_SOURCE",
            FormelementvalidationssetValidationType::Textarea => "TEXTAREA",
            FormelementvalidationssetValidationType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormelementvalidationssetValidationType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "REQUIRED" => FormelementvalidationssetValidationType::Required,
            "MIN_LENGTH" => FormelementvalidationssetValidationType::MinLength,
            "MAX_LENGTH" => FormelementvalidationssetValidationType::MaxLength,
            "REGEX" => FormelementvalidationssetValidationType::Regex,
            "DATE" => FormelementvalidationssetValidationType::Date,
            "MAX_DATE" => FormelementvalidationssetValidationType::MaxDate,
            "MIN_DATE" => FormelementvalidationssetValidationType::MinDate,
            "LESS_THAN_DATE" => FormelementvalidationssetValidationType::LessThanDate,
            "PHONE" => FormelementvalidationssetValidationType::Phone,
            "EMAIL" => FormelementvalidationssetValidationType::Email,
            "DATA_SOURCE" => FormelementvalidationssetValidationType::DataSource,
            "TEXTAREA" => FormelementvalidationssetValidationType::Textarea,
            other => FormelementvalidationssetValidationType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormelementvalidationssetValidationType);
