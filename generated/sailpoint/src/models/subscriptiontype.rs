//! `Subscriptiontype`, from `apis/triggers/schemas/subscriptiontype.yaml`.

/// Subscription type. **NOTE** If type is EVENTBRIDGE, then eventBridgeConfig is required. If type is HTTP, then httpConfig is required.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Subscriptiontype {
    /// `HTTP`
    Http,
    /// `EVENTBRIDGE`
    Eventbridge,
    /// `INLINE`
    Inline,
    /// `SCRIPT`
    Script,
    /// `WORKFLOW`
    Workflow,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Subscriptiontype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Subscriptiontype::Http => "HTTP",
            Subscriptiontype::Eventbridge => "EVENTBRIDGE",
            Subscriptiontype::Inline => "INLINE",
            Subscriptiontype::Script => "SCRIPT",
            Subscriptiontype::Workflow => "WORKFLOW",
            Subscriptiontype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Subscriptiontype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HTTP" => Subscriptiontype::Http,
            "EVENTBRIDGE" => Subscriptiontype::Eventbridge,
            "INLINE" => Subscriptiontype::Inline,
            "SCRIPT" => Subscriptiontype::Script,
            "WORKFLOW" => Subscriptiontype::Workflow,
            other => Subscriptiontype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Subscriptiontype);
