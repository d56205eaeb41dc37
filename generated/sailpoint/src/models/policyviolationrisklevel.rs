//! `Policyviolationrisklevel`, from `apis/sod-violations/schemas/policyviolationrisklevel.yaml`.

/// The risk level assigned to a policy violation.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Policyviolationrisklevel {
    /// `Low`
    Low,
    /// `Medium`
    Medium,
    /// `High`
    High,
    /// `Critical`
    Critical,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Policyviolationrisklevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Policyviolationrisklevel::Low => "Low",
            Policyviolationrisklevel::Medium => "Medium",
            Policyviolationrisklevel::High => "High",
            Policyviolationrisklevel::Critical => "Critical",
            Policyviolationrisklevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for Policyviolationrisklevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Low" => Policyviolationrisklevel::Low,
            "Medium" => Policyviolationrisklevel::Medium,
            "High" => Policyviolationrisklevel::High,
            "Critical" => Policyviolationrisklevel::Critical,
            other => Policyviolationrisklevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Policyviolationrisklevel);
