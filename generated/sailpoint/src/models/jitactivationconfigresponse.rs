//! `Jitactivationconfigresponse`, from `apis/jit-access/schemas/jitactivationconfigresponse.yaml`.

/// `Jitactivationconfigresponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Jitactivationconfigresponse {
    /// Unique identifier of this JIT activation configuration instance (persisted config id).
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Entitlement IDs governed by JIT activation policy. May be a single-element array when only one entitlement is in scope.
    #[serde(rename = "entitlementIds", skip_serializing_if = "Option::is_none")]
    pub entitlement_ids: Option<Vec<String>>,
    /// Maximum allowed JIT activation duration for a single grant, in minutes; null if unset.
    #[serde(rename = "maxActivationPeriodMins", skip_serializing_if = "Option::is_none")]
    pub max_activation_period_mins: Option<i32>,
    /// Maximum allowed extension of an active JIT activation, in minutes; null if unset.
    #[serde(
        rename = "maxActivationPeriodExtensionMins",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_activation_period_extension_mins: Option<i32>,
    /// Default activation duration offered when a user requests JIT access, in minutes; null if unset.
    #[serde(
        rename = "defaultMaxActivationPeriodMins",
        skip_serializing_if = "Option::is_none"
    )]
    pub default_max_activation_period_mins: Option<i32>,
    /// Default extension duration offered for an active JIT activation, in minutes; null if unset.
    #[serde(
        rename = "defaultMaxActivationPeriodExtensionMins",
        skip_serializing_if = "Option::is_none"
    )]
    pub default_max_activation_period_extension_mins: Option<i32>,
    /// Email addresses notified for JIT activation events (for example policy owners or a shared mailbox).
    #[serde(rename = "notificationRecipients", skip_serializing_if = "Option::is_none")]
    pub notification_recipients: Option<Vec<String>>,
    /// Name or key of the email template used for JIT activation notifications; null if unset.
    #[serde(rename = "notificationTemplate", skip_serializing_if = "Option::is_none")]
    pub notification_template: Option<String>,
    /// Whether the policy applies to future entitlement assignments.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "applyToFutureAssignments")]
    pub apply_to_future_assignments: bool,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Jitactivationconfigresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, apply_to_future_assignments: bool) -> Self {
        Jitactivationconfigresponse {
            id: id.into(),
            entitlement_ids: None,
            max_activation_period_mins: None,
            max_activation_period_extension_mins: None,
            default_max_activation_period_mins: None,
            default_max_activation_period_extension_mins: None,
            notification_recipients: None,
            notification_template: None,
            apply_to_future_assignments,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Jitactivationconfigresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Jitactivationconfigresponse {
    const NAME: &'static str = "Jitactivationconfigresponse";

    #[inline]
    fn empty() -> Self {
        Jitactivationconfigresponse {
            id: Default::default(),
            entitlement_ids: None,
            max_activation_period_mins: None,
            max_activation_period_extension_mins: None,
            default_max_activation_period_mins: None,
            default_max_activation_period_extension_mins: None,
            notification_recipients: None,
            notification_template: None,
            apply_to_future_assignments: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "entitlementIds" => self.entitlement_ids = map.next_value()?,
            "maxActivationPeriodMins" => {
                self.max_activation_period_mins = map.next_value()?;
            }
            "maxActivationPeriodExtensionMins" => {
                self.max_activation_period_extension_mins = map.next_value()?;
            }
            "defaultMaxActivationPeriodMins" => {
                self.default_max_activation_period_mins = map.next_value()?;
            }
            "defaultMaxActivationPeriodExtensionMins" => {
                self.default_max_activation_period_extension_mins = map.next_value()?;
            }
            "notificationRecipients" => self.notification_recipients = map.next_value()?,
            "notificationTemplate" => {
                self.notification_template = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "applyToFutureAssignments" => {
                self.apply_to_future_assignments = map
                    .next_value_seed(crate::lenient::Flag)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
