//! `Roleminingsessionscopingmethod`, from `apis/iai-role-mining/schemas/roleminingsessionscopingmethod.yaml`.

/// The scoping method used in the current role mining session.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Roleminingsessionscopingmethod {
    /// `MANUAL`
    Manual,
    /// `AUTO_RM`
    AutoRm,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Roleminingsessionscopingmethod {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Roleminingsessionscopingmethod::Manual => "MANUAL",
            Roleminingsessionscopingmethod::AutoRm => "AUTO_RM",
            Roleminingsessionscopingmethod::Unknown(value) => value,
        }
    }
}

impl From<&str> for Roleminingsessionscopingmethod {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANUAL" => Roleminingsessionscopingmethod::Manual,
            "AUTO_RM" => Roleminingsessionscopingmethod::AutoRm,
            other => Roleminingsessionscopingmethod::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Roleminingsessionscopingmethod);
