//! `TestWorkflowV1Request`, from `apis/workflows/paths/workflows-v1-by-id-test.yaml#/post/requestBody/content/application~1json/schema`.

/// `TestWorkflowV1Request` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TestWorkflowV1Request {
    /// The test input for the workflow.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub input: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TestWorkflowV1Request {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(input: serde_json::Map<String, serde_json::Value>) -> Self {
        TestWorkflowV1Request {
            input,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for TestWorkflowV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TestWorkflowV1Request {
    const NAME: &'static str = "TestWorkflowV1Request";

    #[inline]
    fn empty() -> Self {
        TestWorkflowV1Request {
            input: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "input" => {
                self.input = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
