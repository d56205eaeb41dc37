//! `CompensatingcontrolcreateType`, from `apis/sod-controls/schemas/compensatingcontrolcreate.yaml#/properties/type`.

/// The type of compensating control that determines how a violation is addressed.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompensatingcontrolcreateType {
    /// `Mitigation`
    Mitigation,
    /// `Remediation`
    Remediation,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CompensatingcontrolcreateType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompensatingcontrolcreateType::Mitigation => "Mitigation",
            CompensatingcontrolcreateType::Remediation => "Remediation",
            CompensatingcontrolcreateType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompensatingcontrolcreateType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Mitigation" => CompensatingcontrolcreateType::Mitigation,
            "Remediation" => CompensatingcontrolcreateType::Remediation,
            other => CompensatingcontrolcreateType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CompensatingcontrolcreateType);
