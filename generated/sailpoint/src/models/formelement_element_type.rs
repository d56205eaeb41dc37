//! `FormelementElementType`, from `apis/custom-forms/schemas/formelement.yaml#/properties/elementType`.

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
pub enum FormelementElementType {
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

impl FormelementElementType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormelementElementType::Text => "TEXT",
            FormelementElementType::Toggle => "TOGGLE",
            FormelementElementType::Textarea => "TEXTAREA",
            FormelementElementType::Hidden => "HIDDEN",
            FormelementElementType::Phone => "PHONE",
            FormelementElementType::Email => "EMAIL",
            FormelementElementType::Select => "SELECT",
            FormelementElementType::Date => "DATE",
            FormelementElementType::Section => "SECTION",
            FormelementElementType::ColumnSet => "COLUMN_SET",
            FormelementElementType::Image => "IMAGE",
            FormelementElementType::Description => "DESCRIPTION",
            FormelementElementType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormelementElementType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TEXT" => FormelementElementType::Text,
            "TOGGLE" => FormelementElementType::Toggle,
            "TEXTAREA" => FormelementElementType::Textarea,
            "HIDDEN" => FormelementElementType::Hidden,
            "PHONE" => FormelementElementType::Phone,
            "EMAIL" => FormelementElementType::Email,
            "SELECT" => FormelementElementType::Select,
            "DATE" => FormelementElementType::Date,
            "SECTION" => FormelementElementType::Section,
            "COLUMN_SET" => FormelementElementType::ColumnSet,
            "IMAGE" => FormelementElementType::Image,
            "DESCRIPTION" => FormelementElementType::Description,
            other => FormelementElementType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormelementElementType);
