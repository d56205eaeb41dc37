//! `Sessionconfiguration`, from `apis/global-tenant-security-settings/schemas/sessionconfiguration.yaml`.

/// `Sessionconfiguration` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sessionconfiguration {
    /// The maximum time in minutes a session can be idle.
    #[serde(rename = "maxIdleTime", skip_serializing_if = "Option::is_none")]
    pub max_idle_time: Option<i32>,
    /// Denotes if 'remember me' is enabled.
    #[serde(rename = "rememberMe", skip_serializing_if = "Option::is_none")]
    pub remember_me: Option<bool>,
    /// The maximum allowable session time in minutes.
    #[serde(rename = "maxSessionTime", skip_serializing_if = "Option::is_none")]
    pub max_session_time: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sessionconfiguration {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sessionconfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sessionconfiguration {
    const NAME: &'static str = "Sessionconfiguration";

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
            "maxIdleTime" => self.max_idle_time = map.next_value()?,
            "rememberMe" => {
                self.remember_me = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "maxSessionTime" => self.max_session_time = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
