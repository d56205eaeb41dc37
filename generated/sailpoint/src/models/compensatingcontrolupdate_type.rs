//! `CompensatingcontrolupdateType`, from `apis/sod-controls/schemas/compensatingcontrolupdate.yaml#/properties/type`.

/// The type of compensating control that determines how a violation is addressed.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompensatingcontrolupdateType {
    /// `Mitigation`
    Mitigation,
    /// `Remediation`
    Remediation,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CompensatingcontrolupdateType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompensatingcontrolupdateType::Mitigation => "Mitigation",
            CompensatingcontrolupdateType::Remediation => "Remediation",
            CompensatingcontrolupdateType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompensatingcontrolupdateType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Mitigation" => CompensatingcontrolupdateType::Mitigation,
            "Remediation" => CompensatingcontrolupdateType::Remediation,
            other => CompensatingcontrolupdateType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CompensatingcontrolupdateType);
