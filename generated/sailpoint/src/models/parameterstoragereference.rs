//! `Parameterstoragereference`, from `apis/parameter-storage/schemas/parameterstoragereference.yaml`.

/// Reference information returned in response to a request.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Parameterstoragereference {
    /// The ID of the reference
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The ID of the consumer holding the reference
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "consumerId")]
    pub consumer_id: String,
    /// The ID of the parameter that the reference is pointing to.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "parameterId")]
    pub parameter_id: String,
    /// The human-readable name of the reference
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The hint string used to validate the reference
    #[serde(rename = "usageHint", skip_serializing_if = "Option::is_none")]
    pub usage_hint: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Parameterstoragereference {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        consumer_id: impl Into<String>,
        parameter_id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Parameterstoragereference {
            id: id.into(),
            consumer_id: consumer_id.into(),
            parameter_id: parameter_id.into(),
            name: name.into(),
            usage_hint: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Parameterstoragereference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Parameterstoragereference {
    const NAME: &'static str = "Parameterstoragereference";

    #[inline]
    fn empty() -> Self {
        Parameterstoragereference {
            id: Default::default(),
            consumer_id: Default::default(),
            parameter_id: Default::default(),
            name: Default::default(),
            usage_hint: None,
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
            "consumerId" => self.consumer_id = map.next_value_seed(crate::lenient::Text)?,
            "parameterId" => {
                self.parameter_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "usageHint" => {
                self.usage_hint = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
