//! `SubscriptionType`, from `beta/schemas/SubscriptionType.yaml`.

/// Subscription type. **NOTE** If type is EVENTBRIDGE, then eventBridgeConfig is required. If type is HTTP, then httpConfig is required.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SubscriptionType {
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

impl SubscriptionType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SubscriptionType::Http => "HTTP",
            SubscriptionType::Eventbridge => "EVENTBRIDGE",
            SubscriptionType::Inline => "INLINE",
            SubscriptionType::Script => "SCRIPT",
            SubscriptionType::Workflow => "WORKFLOW",
            SubscriptionType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SubscriptionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HTTP" => SubscriptionType::Http,
            "EVENTBRIDGE" => SubscriptionType::Eventbridge,
            "INLINE" => SubscriptionType::Inline,
            "SCRIPT" => SubscriptionType::Script,
            "WORKFLOW" => SubscriptionType::Workflow,
            other => SubscriptionType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SubscriptionType);
