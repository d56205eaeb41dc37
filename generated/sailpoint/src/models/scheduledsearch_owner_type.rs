//! `ScheduledsearchOwnerType`, from `apis/scheduled-search/schemas/scheduledsearch.yaml#/allOf/0/properties/owner/properties/type`.

/// The type of object being referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScheduledsearchOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ScheduledsearchOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ScheduledsearchOwnerType::Identity => "IDENTITY",
            ScheduledsearchOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ScheduledsearchOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ScheduledsearchOwnerType::Identity,
            other => ScheduledsearchOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ScheduledsearchOwnerType);
