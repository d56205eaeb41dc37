//! `Machineidentityaggregationrequest`, from `apis/machine-identities/schemas/machineidentityaggregationrequest.yaml`.

/// `Machineidentityaggregationrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineidentityaggregationrequest {
    /// List of dataset Ids to aggregate machine identities
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "datasetIds")]
    pub dataset_ids: Vec<String>,
    /// Flag to disable optimization for the aggregation. Defaults to false when not provided. When set to true, it disables aggregation optimizations and may increase processing time.
    #[serde(rename = "disableOptimization", skip_serializing_if = "Option::is_none")]
    pub disable_optimization: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineidentityaggregationrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(dataset_ids: Vec<String>) -> Self {
        Machineidentityaggregationrequest {
            dataset_ids,
            disable_optimization: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Machineidentityaggregationrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineidentityaggregationrequest {
    const NAME: &'static str = "Machineidentityaggregationrequest";

    #[inline]
    fn empty() -> Self {
        Machineidentityaggregationrequest {
            dataset_ids: Default::default(),
            disable_optimization: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "datasetIds" => {
                self.dataset_ids = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "disableOptimization" => {
                self.disable_optimization = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
