import { render } from 'preact';
import { Dashboard } from '@/components/dashboard/Dashboard';

render(<Dashboard />, document.getElementById('app')!);
