//! `SodPoliciesScheduletype`, from `apis/sod-policies/schemas/scheduletype.yaml`.

/// Enum representing the currently supported schedule types.
///
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodPoliciesScheduletype {
    /// `DAILY`
    Daily,
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// `CALENDAR`
    Calendar,
    /// `ANNUALLY`
    Annually,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodPoliciesScheduletype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodPoliciesScheduletype::Daily => "DAILY",
            SodPoliciesScheduletype::Weekly => "WEEKLY",
            SodPoliciesScheduletype::Monthly => "MONTHLY",
            SodPoliciesScheduletype::Calendar => "CALENDAR",
            SodPoliciesScheduletype::Annually => "ANNUALLY",
            SodPoliciesScheduletype::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodPoliciesScheduletype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DAILY" => SodPoliciesScheduletype::Daily,
            "WEEKLY" => SodPoliciesScheduletype::Weekly,
            "MONTHLY" => SodPoliciesScheduletype::Monthly,
            "CALENDAR" => SodPoliciesScheduletype::Calendar,
            "ANNUALLY" => SodPoliciesScheduletype::Annually,
            other => SodPoliciesScheduletype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodPoliciesScheduletype);
