//! `LoaduncorrelatedaccountstaskTaskAttributes`, from `apis/sources/schemas/loaduncorrelatedaccountstask.yaml#/properties/task/properties/attributes`.

/// Extra attributes map(dictionary) for the task.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct LoaduncorrelatedaccountstaskTaskAttributes {
    /// The id of qpoc job
    #[serde(rename = "qpocJobId", skip_serializing_if = "Option::is_none")]
    pub qpoc_job_id: Option<String>,
    /// the task start delay value
    #[serde(rename = "taskStartDelay", skip_serializing_if = "Option::is_none")]
    pub task_start_delay: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LoaduncorrelatedaccountstaskTaskAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for LoaduncorrelatedaccountstaskTaskAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for LoaduncorrelatedaccountstaskTaskAttributes {
    const NAME: &'static str = "LoaduncorrelatedaccountstaskTaskAttributes";

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
            "qpocJobId" => {
                self.qpoc_job_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "taskStartDelay" => self.task_start_delay = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
