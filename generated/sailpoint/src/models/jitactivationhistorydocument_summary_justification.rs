//! `JitactivationhistorydocumentSummaryJustification`, from `apis/jit-activations/schemas/jitactivationhistorydocument.yaml#/properties/summary/properties/justification`.

/// Justification friction details.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct JitactivationhistorydocumentSummaryJustification {
    /// Whether a justification was required for this activation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Whether the justification requirement was bypassed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bypassed: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl JitactivationhistorydocumentSummaryJustification {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for JitactivationhistorydocumentSummaryJustification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for JitactivationhistorydocumentSummaryJustification {
    const NAME: &'static str = "JitactivationhistorydocumentSummaryJustification";

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
            "required" => {
                self.required = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "bypassed" => {
                self.bypassed = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
