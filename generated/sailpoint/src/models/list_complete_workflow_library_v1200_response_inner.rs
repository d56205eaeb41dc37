//! `ListCompleteWorkflowLibraryV1200ResponseInner`, from `apis/workflows/paths/workflow-library-v1.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{
    Workflowlibraryaction, Workflowlibraryoperator, Workflowlibrarytrigger,
};

/// `ListCompleteWorkflowLibraryV1200ResponseInner` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads; first the one its `type` names, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`ListCompleteWorkflowLibraryV1200ResponseInner::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ListCompleteWorkflowLibraryV1200ResponseInner {
    Workflowlibraryaction(Workflowlibraryaction),
    Workflowlibrarytrigger(Workflowlibrarytrigger),
    Workflowlibraryoperator(Workflowlibraryoperator),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 3] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("name", false, crate::union::ANY, &[]),
            crate::union::Member::new("type", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new("formFields", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("exampleOutput", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "deprecated",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "deprecatedBy",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("versionNumber", false, crate::union::NUMBER, &[]),
            crate::union::Member::new(
                "isSimulationEnabled",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "isDynamicSchema",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("outputSchema", false, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("type", &["ACTION"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "type",
                false,
                crate::union::STRING,
                &["EVENT", "SCHEDULED", "EXTERNAL", "AccessRequestTrigger"],
            ),
            crate::union::Member::new(
                "deprecated",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "deprecatedBy",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "isSimulationEnabled",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("outputSchema", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("name", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "isDynamicSchema",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("inputExample", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("formFields", false, crate::union::ARRAY, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("type", &["EVENT", "SCHEDULED", "EXTERNAL", "AccessRequestTrigger"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("name", false, crate::union::ANY, &[]),
            crate::union::Member::new("type", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "isDynamicSchema",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "deprecated",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "deprecatedBy",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "isSimulationEnabled",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("formFields", false, crate::union::ARRAY, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("type", &["OPERATOR"])),
    }),
];

impl<'de> serde::Deserialize<'de> for ListCompleteWorkflowLibraryV1200ResponseInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Workflowlibraryaction as serde::Deserialize>::deserialize(&value)
                        .map(
                            ListCompleteWorkflowLibraryV1200ResponseInner::Workflowlibraryaction,
                        )
                }
                1 => {
                    <Workflowlibrarytrigger as serde::Deserialize>::deserialize(&value)
                        .map(
                            ListCompleteWorkflowLibraryV1200ResponseInner::Workflowlibrarytrigger,
                        )
                }
                2 => {
                    <Workflowlibraryoperator as serde::Deserialize>::deserialize(&value)
                        .map(
                            ListCompleteWorkflowLibraryV1200ResponseInner::Workflowlibraryoperator,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(ListCompleteWorkflowLibraryV1200ResponseInner::Other(value))
    }
}

impl From<Workflowlibraryaction> for ListCompleteWorkflowLibraryV1200ResponseInner {
    fn from(value: Workflowlibraryaction) -> Self {
        ListCompleteWorkflowLibraryV1200ResponseInner::Workflowlibraryaction(value)
    }
}

impl From<Workflowlibrarytrigger> for ListCompleteWorkflowLibraryV1200ResponseInner {
    fn from(value: Workflowlibrarytrigger) -> Self {
        ListCompleteWorkflowLibraryV1200ResponseInner::Workflowlibrarytrigger(value)
    }
}

impl From<Workflowlibraryoperator> for ListCompleteWorkflowLibraryV1200ResponseInner {
    fn from(value: Workflowlibraryoperator) -> Self {
        ListCompleteWorkflowLibraryV1200ResponseInner::Workflowlibraryoperator(value)
    }
}
