//! `Namedconstructs`, from `apis/sources/schemas/namedconstructs.yaml`.

/// | Construct       | Date Time Pattern | Description |
/// | ---------       | ----------------- | ----------- |
/// | ISO8601         | `yyyy-MM-dd'T'HH:mm:ss.SSSX` | The ISO8601 standard. |
/// | LDAP            | `yyyyMMddHHmmss.Z`           | The LDAP standard.    |
/// | PEOPLE_SOFT     | `MM/dd/yyyy`                 | The date format People Soft uses. |
/// | EPOCH_TIME_JAVA | # ms from midnight, January 1st, 1970 | The incoming date value as elapsed time in milliseconds from midnight, January 1st, 1970. |
/// | EPOCH_TIME_WIN32| # intervals of 100ns from midnight, January 1st, 1601 | The incoming date value as elapsed time in 100-nanosecond intervals from midnight, January 1st, 1601. |
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Namedconstructs {
    /// `ISO8601`
    Iso8601,
    /// `LDAP`
    Ldap,
    /// `PEOPLE_SOFT`
    PeopleSoft,
    /// `EPOCH_TIME_JAVA`
    EpochTimeJava,
    /// `EPOCH_TIME_WIN32`
    EpochTimeWin32,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Namedconstructs {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Namedconstructs::Iso8601 => "ISO8601",
            Namedconstructs::Ldap => "LDAP",
            Namedconstructs::PeopleSoft => "PEOPLE_SOFT",
            Namedconstructs::EpochTimeJava => "EPOCH_TIME_JAVA",
            Namedconstructs::EpochTimeWin32 => "EPOCH_TIME_WIN32",
            Namedconstructs::Unknown(value) => value,
        }
    }
}

impl From<&str> for Namedconstructs {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ISO8601" => Namedconstructs::Iso8601,
            "LDAP" => Namedconstructs::Ldap,
            "PEOPLE_SOFT" => Namedconstructs::PeopleSoft,
            "EPOCH_TIME_JAVA" => Namedconstructs::EpochTimeJava,
            "EPOCH_TIME_WIN32" => Namedconstructs::EpochTimeWin32,
            other => Namedconstructs::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Namedconstructs);
