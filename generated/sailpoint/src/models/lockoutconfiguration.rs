//! `Lockoutconfiguration`, from `apis/global-tenant-security-settings/schemas/lockoutconfiguration.yaml`.

/// `Lockoutconfiguration` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Lockoutconfiguration {
    /// The maximum attempts allowed before lockout occurs.
    #[serde(rename = "maximumAttempts", skip_serializing_if = "Option::is_none")]
    pub maximum_attempts: Option<i32>,
    /// The total time in minutes a user will be locked out.
    #[serde(rename = "lockoutDuration", skip_serializing_if = "Option::is_none")]
    pub lockout_duration: Option<i32>,
    /// A rolling window where authentication attempts in a series count towards the maximum before lockout occurs.
    #[serde(rename = "lockoutWindow", skip_serializing_if = "Option::is_none")]
    pub lockout_window: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Lockoutconfiguration {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Lockoutconfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Lockoutconfiguration {
    const NAME: &'static str = "Lockoutconfiguration";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "maximumAttempts" => self.maximum_attempts = map.next_value()?,
            "lockoutDuration" => self.lockout_duration = map.next_value()?,
            "lockoutWindow" => self.lockout_window = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
