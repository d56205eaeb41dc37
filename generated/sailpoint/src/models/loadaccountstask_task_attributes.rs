//! `LoadaccountstaskTaskAttributes`, from `apis/sources/schemas/loadaccountstask.yaml#/properties/task/properties/attributes`.

/// Extra attributes map(dictionary) for the task.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct LoadaccountstaskTaskAttributes {
    /// The id of the source
    #[serde(rename = "appId", skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// The indicator if the aggregation process was enabled/disabled for the aggregation job
    #[serde(rename = "optimizedAggregation", skip_serializing_if = "Option::is_none")]
    pub optimized_aggregation: Option<String>,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<
        String,
        serde_json::Map<String, serde_json::Value>,
    >,
}

impl LoadaccountstaskTaskAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for LoadaccountstaskTaskAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for LoadaccountstaskTaskAttributes {
    const NAME: &'static str = "LoadaccountstaskTaskAttributes";

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
            "appId" => self.app_id = map.next_value_seed(crate::lenient::TextOption)?,
            "optimizedAggregation" => {
                self.optimized_aggregation = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
