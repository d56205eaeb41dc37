//! `ResponseActionContextSource`, from `apis/intelligence/schemas/response-action-context.yaml#/properties/source`.

/// External system that initiated the action.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ResponseActionContextSource {
    /// `CROWDSTRIKE`
    Crowdstrike,
    /// `SENTINEL`
    Sentinel,
    /// `SPLUNK`
    Splunk,
    /// `CUSTOM`
    Custom,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ResponseActionContextSource {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ResponseActionContextSource::Crowdstrike => "CROWDSTRIKE",
            ResponseActionContextSource::Sentinel => "SENTINEL",
            ResponseActionContextSource::Splunk => "SPLUNK",
            ResponseActionContextSource::Custom => "CUSTOM",
            ResponseActionContextSource::Unknown(value) => value,
        }
    }
}

impl From<&str> for ResponseActionContextSource {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CROWDSTRIKE" => ResponseActionContextSource::Crowdstrike,
            "SENTINEL" => ResponseActionContextSource::Sentinel,
            "SPLUNK" => ResponseActionContextSource::Splunk,
            "CUSTOM" => ResponseActionContextSource::Custom,
            other => ResponseActionContextSource::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ResponseActionContextSource);
