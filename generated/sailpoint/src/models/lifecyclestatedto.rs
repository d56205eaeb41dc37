//! `Lifecyclestatedto`, from `apis/identities/schemas/lifecyclestatedto.yaml`.

/// `Lifecyclestatedto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Lifecyclestatedto {
    /// The name of the lifecycle state
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "stateName")]
    pub state_name: String,
    /// Whether the lifecycle state has been manually or automatically set
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "manuallyUpdated")]
    pub manually_updated: bool,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Lifecyclestatedto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(state_name: impl Into<String>, manually_updated: bool) -> Self {
        Lifecyclestatedto {
            state_name: state_name.into(),
            manually_updated,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Lifecyclestatedto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Lifecyclestatedto {
    const NAME: &'static str = "Lifecyclestatedto";

    #[inline]
    fn empty() -> Self {
        Lifecyclestatedto {
            state_name: Default::default(),
            manually_updated: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "stateName" => self.state_name = map.next_value_seed(crate::lenient::Text)?,
            "manuallyUpdated" => {
                self.manually_updated = map.next_value_seed(crate::lenient::Flag)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
