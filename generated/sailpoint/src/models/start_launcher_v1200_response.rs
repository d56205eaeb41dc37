//! `StartLauncherV1200Response`, from `apis/launchers/paths/launchers-v1-by-launcherid-launch.yaml#/post/responses/200/content/application~1json/schema`.

/// `StartLauncherV1200Response` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StartLauncherV1200Response {
    /// ID of the Interactive Process that was launched
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "interactiveProcessId")]
    pub interactive_process_id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl StartLauncherV1200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(interactive_process_id: impl Into<String>) -> Self {
        StartLauncherV1200Response {
            interactive_process_id: interactive_process_id.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for StartLauncherV1200Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for StartLauncherV1200Response {
    const NAME: &'static str = "StartLauncherV1200Response";

    #[inline]
    fn empty() -> Self {
        StartLauncherV1200Response {
            interactive_process_id: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "interactiveProcessId" => {
                self.interactive_process_id = map.next_value_seed(crate::lenient::Text)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
