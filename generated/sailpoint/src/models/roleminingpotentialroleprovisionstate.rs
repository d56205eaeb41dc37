//! `Roleminingpotentialroleprovisionstate`, from `apis/iai-role-mining/schemas/roleminingpotentialroleprovisionstate.yaml`.

/// Provision state
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Roleminingpotentialroleprovisionstate {
    /// `POTENTIAL`
    Potential,
    /// `PENDING`
    Pending,
    /// `COMPLETE`
    Complete,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Roleminingpotentialroleprovisionstate {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Roleminingpotentialroleprovisionstate::Potential => "POTENTIAL",
            Roleminingpotentialroleprovisionstate::Pending => "PENDING",
            Roleminingpotentialroleprovisionstate::Complete => "COMPLETE",
            Roleminingpotentialroleprovisionstate::Failed => "FAILED",
            Roleminingpotentialroleprovisionstate::Unknown(value) => value,
        }
    }
}

impl From<&str> for Roleminingpotentialroleprovisionstate {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "POTENTIAL" => Roleminingpotentialroleprovisionstate::Potential,
            "PENDING" => Roleminingpotentialroleprovisionstate::Pending,
            "COMPLETE" => Roleminingpotentialroleprovisionstate::Complete,
            "FAILED" => Roleminingpotentialroleprovisionstate::Failed,
            other => Roleminingpotentialroleprovisionstate::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Roleminingpotentialroleprovisionstate);
