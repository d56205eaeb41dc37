//! `ForminstancerecipientType`, from `apis/custom-forms/schemas/forminstancerecipient.yaml#/properties/type`.

/// Type is a FormInstanceRecipientType value
/// IDENTITY FormInstanceRecipientIdentity
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ForminstancerecipientType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ForminstancerecipientType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ForminstancerecipientType::Identity => "IDENTITY",
            ForminstancerecipientType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ForminstancerecipientType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ForminstancerecipientType::Identity,
            other => ForminstancerecipientType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ForminstancerecipientType);
