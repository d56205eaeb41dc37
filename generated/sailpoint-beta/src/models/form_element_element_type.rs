//! `FormElementElementType`, from `beta/schemas/forms/FormElement.yaml#/properties/elementType`.

/// FormElementType value.
/// TEXT FormElementTypeText
/// TOGGLE FormElementTypeToggle
/// TEXTAREA FormElementTypeTextArea
/// HIDDEN FormElementTypeHidden
/// PHONE FormElementTypePhone
/// EMAIL FormElementTypeEmail
/// SELECT FormElementTypeSelect
/// DATE FormElementTypeDate
/// SECTION FormElementTypeSection
/// COLUMN_SET FormElementTypeColumns
/// IMAGE FormElementTypeImage
/// DESCRIPTION FormElementTypeDescription
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormElementElementType {
    /// `TEXT`
    Text,
    /// `TOGGLE`
    Toggle,
    /// `TEXTAREA`
    Textarea,
    /// `HIDDEN`
    Hidden,
    /// `PHONE`
    Phone,
    /// `EMAIL`
    Email,
    /// `SELECT`
    Select,
    /// `DATE`
    Date,
    /// `SECTION`
    Section,
    /// `COLUMN_SET`
    ColumnSet,
    /// `IMAGE`
    Image,
    /// `DESCRIPTION`
    Description,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormElementElementType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormElementElementType::Text => "TEXT",
            FormElementElementType::Toggle => "TOGGLE",
            FormElementElementType::Textarea => "TEXTAREA",
            FormElementElementType::Hidden => "HIDDEN",
            FormElementElementType::Phone => "PHONE",
            FormElementElementType::Email => "EMAIL",
            FormElementElementType::Select => "SELECT",
            FormElementElementType::Date => "DATE",
            FormElementElementType::Section => "SECTION",
            FormElementElementType::ColumnSet => "COLUMN_SET",
            FormElementElementType::Image => "IMAGE",
            FormElementElementType::Description => "DESCRIPTION",
            FormElementElementType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormElementElementType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TEXT" => FormElementElementType::Text,
            "TOGGLE" => FormElementElementType::Toggle,
            "TEXTAREA" => FormElementElementType::Textarea,
            "HIDDEN" => FormElementElementType::Hidden,
            "PHONE" => FormElementElementType::Phone,
            "EMAIL" => FormElementElementType::Email,
            "SELECT" => FormElementElementType::Select,
            "DATE" => FormElementElementType::Date,
            "SECTION" => FormElementElementType::Section,
            "COLUMN_SET" => FormElementElementType::ColumnSet,
            "IMAGE" => FormElementElementType::Image,
            "DESCRIPTION" => FormElementElementType::Description,
            other => FormElementElementType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormElementElementType);
