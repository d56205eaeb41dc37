//! `RequestOnBehalfOfConfig`, from `v3/schemas/RequestOnBehalfOfConfig.yaml`.

/// `RequestOnBehalfOfConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RequestOnBehalfOfConfig {
    /// If this is true, anyone can request access for anyone.
    #[serde(
        rename = "allowRequestOnBehalfOfAnyoneByAnyone",
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_request_on_behalf_of_anyone_by_anyone: Option<bool>,
    /// If this is true, a manager can request access for his or her direct reports.
    #[serde(
        rename = "allowRequestOnBehalfOfEmployeeByManager",
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_request_on_behalf_of_employee_by_manager: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RequestOnBehalfOfConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for RequestOnBehalfOfConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for RequestOnBehalfOfConfig {
    const NAME: &'static str = "RequestOnBehalfOfConfig";

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
            "allowRequestOnBehalfOfAnyoneByAnyone" => {
                self.allow_request_on_behalf_of_anyone_by_anyone = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "allowRequestOnBehalfOfEmployeeByManager" => {
                self.allow_request_on_behalf_of_employee_by_manager = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
