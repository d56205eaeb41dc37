//! `Workflowexecutionhistory`, from `apis/workflows/schemas/workflowexecutionhistory.yaml`.

use crate::models::Workflowexecutionhistory2;

/// `Workflowexecutionhistory` as the spec defines it.
pub type Workflowexecutionhistory = Workflowexecutionhistory2;
