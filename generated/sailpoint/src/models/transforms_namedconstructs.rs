//! `TransformsNamedconstructs`, from `apis/transforms/schemas/namedconstructs.yaml`.

/// | Construct       | Date Time Pattern | Description |
/// | ---------       | ----------------- | ----------- |
/// | ISO8601         | `yyyy-MM-dd'T'HH:mm:ss.SSSX` | The ISO8601 standard. |
/// | LDAP            | `yyyyMMddHHmmss.Z`           | The LDAP standard.    |
/// | PEOPLE_SOFT     | `MM/dd/yyyy`                 | The date format People Soft uses. |
/// | EPOCH_TIME_JAVA | # ms from midnight, January 1st, 1970 | The incoming date value as elapsed time in milliseconds from midnight, January 1st, 1970. |
/// | EPOCH_TIME_WIN32| # intervals of 100ns from midnight, January 1st, 1601 | The incoming date value as elapsed time in 100-nanosecond intervals from midnight, January 1st, 1601. |
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TransformsNamedconstructs {
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

impl TransformsNamedconstructs {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TransformsNamedconstructs::Iso8601 => "ISO8601",
            TransformsNamedconstructs::Ldap => "LDAP",
            TransformsNamedconstructs::PeopleSoft => "PEOPLE_SOFT",
            TransformsNamedconstructs::EpochTimeJava => "EPOCH_TIME_JAVA",
            TransformsNamedconstructs::EpochTimeWin32 => "EPOCH_TIME_WIN32",
            TransformsNamedconstructs::Unknown(value) => value,
        }
    }
}

impl From<&str> for TransformsNamedconstructs {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ISO8601" => TransformsNamedconstructs::Iso8601,
            "LDAP" => TransformsNamedconstructs::Ldap,
            "PEOPLE_SOFT" => TransformsNamedconstructs::PeopleSoft,
            "EPOCH_TIME_JAVA" => TransformsNamedconstructs::EpochTimeJava,
            "EPOCH_TIME_WIN32" => TransformsNamedconstructs::EpochTimeWin32,
            other => TransformsNamedconstructs::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TransformsNamedconstructs);
