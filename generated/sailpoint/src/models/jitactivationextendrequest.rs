//! `Jitactivationextendrequest`, from `apis/jit-activations/schemas/jitactivationextendrequest.yaml`.

/// `Jitactivationextendrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Jitactivationextendrequest {
    /// Entitlement connection identifier for the activation to extend.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "connectionId")]
    pub connection_id: String,
    /// Number of minutes to extend the activation period.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "activationPeriodExtensionMins")]
    pub activation_period_extension_mins: i32,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Jitactivationextendrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        connection_id: impl Into<String>,
        activation_period_extension_mins: i32,
    ) -> Self {
        Jitactivationextendrequest {
            connection_id: connection_id.into(),
            activation_period_extension_mins,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Jitactivationextendrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Jitactivationextendrequest {
    const NAME: &'static str = "Jitactivationextendrequest";

    #[inline]
    fn empty() -> Self {
        Jitactivationextendrequest {
            connection_id: Default::default(),
            activation_period_extension_mins: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "connectionId" => {
                self.connection_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "activationPeriodExtensionMins" => {
                self.activation_period_extension_mins = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
